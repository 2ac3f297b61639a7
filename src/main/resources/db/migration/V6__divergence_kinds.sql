-- Where the sources do not line up, say how: a flat contradiction between the articles is not the same as passages
-- that pull different ways, or articles that each stress something the other leaves out. The note keeps its cited
-- passages; its kind is the label the reader sees.
ALTER TABLE aspect RENAME COLUMN disagreement TO divergence;
ALTER TABLE aspect ADD COLUMN divergence_kind VARCHAR(20);
ALTER TABLE aspect_disagreement_citation RENAME TO aspect_divergence_citation;

-- Neither article denies of the other role what it says of one: a difference of emphasis, not a disagreement.
UPDATE aspect SET divergence_kind = 'EMPHASIS',
  divergence = 'Each article says this of a different role, and neither denies it of the other: the first calls it important for CIOs to keep in touch with the latest developments in the industry, the second says CTOs must be able to keep up with the latest changes in technology.'
WHERE slug = 'keeping-current';

UPDATE aspect SET divergence_kind = 'EMPHASIS',
  divergence = 'The articles speak of strategy differently without contradicting each other. The second makes both roles responsible for the company’s technology strategy, gives the CIO the management and implementation of the IT strategy, and says CIOs are now often involved in setting the company’s overall direction. The first mentions strategy only for the CTO, who is expected to be able to develop and implement strategies that raise revenue.'
WHERE slug = 'strategy';
DELETE FROM aspect_divergence_citation
WHERE aspect_id = (SELECT id FROM aspect WHERE slug = 'strategy');
INSERT INTO aspect_divergence_citation (aspect_id, citation_id)
SELECT aspect.id, citation.id FROM aspect, citation
WHERE aspect.slug = 'strategy' AND citation.anchor IN ('both-technology-strategy', 'cio-it-strategy', 'cio-overall-direction', 'cto-revenue');

-- Real tensions, though neither is a flat contradiction: the passages can be read together, but they pull apart.
UPDATE aspect SET divergence_kind = 'TENSION',
  divergence = 'The first article is at odds with itself. Its prose has the CIO working closely with various providers on product development and improvement; its list for the CTO has the CTO working closely with vendors in supplying solutions to the market. It does not say whether both roles do this, or how the work divides between them.'
WHERE slug = 'vendors-and-providers';

UPDATE aspect SET divergence_kind = 'TENSION',
  divergence = 'Both articles give the CIO the management of the infrastructure, but they differ on the CTO’s part in it. The first makes the CTO primarily responsible for developing and maintaining the technological infrastructure, with the CIO in charge of its top-level management; the second has the CTO focused on new technologies and the CIO on managing the existing IT infrastructure and ensuring that it runs smoothly.'
WHERE slug = 'infrastructure';

-- A tension the site had missed: once, the first article gives product work to the CIO.
UPDATE aspect SET divergence_kind = 'TENSION',
  divergence = 'Once, the first article gives the CIO a part in products: the CIO works closely with providers on feasible solutions for product development and improvement. Everywhere else both articles put products with the CTO, and the first has the CIO typically focused on the internal organization.'
WHERE slug = 'focus';
INSERT INTO aspect_divergence_citation (aspect_id, citation_id)
SELECT aspect.id, citation.id FROM aspect, citation
WHERE aspect.slug = 'focus' AND citation.anchor IN ('cio-providers', 'cto-list-products', 'cto-products-services', 'internal-vs-customer');

-- From now on a note always carries its kind.
ALTER TABLE aspect ADD CONSTRAINT aspect_divergence_kind_known
    CHECK (divergence_kind IN ('CONTRADICTION', 'TENSION', 'EMPHASIS'));
ALTER TABLE aspect ADD CONSTRAINT aspect_divergence_has_kind
    CHECK ((divergence IS NULL AND divergence_kind IS NULL) OR (divergence IS NOT NULL AND divergence_kind IS NOT NULL));
