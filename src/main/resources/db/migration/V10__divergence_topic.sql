-- What a note on the articles is about, in a few words that read after its kind: "The articles pull different ways:
-- on who shapes strategy". A row with several notes tells them apart by it before one is opened. The content migration
-- that follows fills it for every note; the content rules require it of every note document.
ALTER TABLE divergence ADD COLUMN topic VARCHAR(200);
