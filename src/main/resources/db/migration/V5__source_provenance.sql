-- Where each article was published. The author and the date of publication are not known for either article, so
-- they stay NULL: the pages say "not known" rather than guess.
ALTER TABLE source ADD COLUMN publisher VARCHAR(120);
ALTER TABLE source ADD COLUMN original_url VARCHAR(500);
ALTER TABLE source ADD COLUMN author VARCHAR(200);
ALTER TABLE source ADD COLUMN published_on DATE;

UPDATE source SET publisher = 'recomparison.com',
                  original_url = 'http://recomparison.com/comparisons/100990/cto-vs-cio-corporate-heavyweights/'
WHERE slug = 'corporate-heavyweights';

UPDATE source SET publisher = 'differencebetweenz.com',
                  original_url = 'https://differencebetweenz.com/difference-between-cto-and-cio/'
WHERE slug = 'difference-between-cto-and-cio';

ALTER TABLE source ALTER COLUMN publisher SET NOT NULL;
ALTER TABLE source ALTER COLUMN original_url SET NOT NULL;
