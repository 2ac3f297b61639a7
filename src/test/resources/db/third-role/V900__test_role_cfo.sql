-- Test data only: a third role, to prove that a role is data and that comparisons take any number of roles.
-- Its one statement rests on a passage that really mentions it.
INSERT INTO role (slug, abbreviation, title, summary, display_order, colour, dark_colour)
VALUES ('cfo', 'CFO', 'Chief Financial Officer', 'The executive to whom, in many cases, the CIO reports.', 3, '#2e6b3a', '#8fd19e');
INSERT INTO role_summary_citation (role_id, citation_id)
SELECT role.id, citation.id FROM role, citation WHERE role.slug = 'cfo' AND citation.anchor = 'reporting-lines';

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cfo-receives-cio-reports', 'FACT', id, 'In many cases the CIO reports to the CFO.', 1000
FROM aspect WHERE slug = 'reporting-line';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cfo-receives-cio-reports' AND role.slug = 'cfo';
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cfo-receives-cio-reports' AND citation.anchor = 'reporting-lines';

-- Its gist on the one headline aspect it is described on, as a new role brings its own.
INSERT INTO gist (aspect_id, role_id, text)
SELECT aspect.id, role.id, 'not said; the CIO reports to the CFO, in many cases' FROM aspect, role
WHERE aspect.slug = 'reporting-line' AND role.slug = 'cfo';
INSERT INTO gist_citation (gist_id, citation_id)
SELECT gist.id, citation.id FROM gist JOIN role ON role.id = gist.role_id, citation
WHERE role.slug = 'cfo' AND citation.anchor = 'reporting-lines';

-- Common ground of all three, so that a three-way comparison has a row shared by every role.
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'both-most-important' AND role.slug = 'cfo';

-- An aspect on which all three roles agree and nothing else, so that "only differences" has a row to hide.
INSERT INTO aspect (slug, name, question, divergence, display_order)
VALUES ('test-agreement', 'Test agreement', 'Where do all the roles agree?', NULL, 99);
INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'all-agree', 'FACT', id, 'Positions that appear to be here to stay.', 2000 FROM aspect WHERE slug = 'test-agreement';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role WHERE statement.slug = 'all-agree';
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'all-agree' AND citation.anchor = 'here-to-stay';
