-- Every statement re-read against its passages. A statement now says what its passage says, hedges included
-- ("often", "typically", "in many cases", "expected to"), and each kind keeps one style:
--   responsibilities: what the role does, as a present-tense verb phrase ("Is often tasked with managing …");
--   attributes: what the role asks of the person in it, with the article's own modal ("Must be …", "Should …");
--   facts: what is true of the role, as a verb phrase ("In many cases reports to …", "Was created …").
-- Rows are regrouped so that each answers its own question for every role it shows.

-- Aspects: two new rows for what "Standing in the company" held but did not ask about, and a new order.
INSERT INTO aspect (slug, name, question, display_order)
VALUES ('prevalence', 'Where the role is found', 'Which organizations have the role?', 15);
INSERT INTO aspect (slug, name, question, display_order)
VALUES ('demands', 'Demands of the role', 'How demanding is the role?', 16);
UPDATE aspect SET display_order = 3 WHERE slug = 'technology-horizon';
UPDATE aspect SET display_order = 4 WHERE slug = 'financial-aim';
UPDATE aspect SET display_order = 5 WHERE slug = 'reporting-line';
UPDATE aspect SET display_order = 6 WHERE slug = 'qualities';
UPDATE aspect SET display_order = 7 WHERE slug = 'infrastructure';
UPDATE aspect SET display_order = 8 WHERE slug = 'scope';
UPDATE aspect SET display_order = 9 WHERE slug = 'strategy';
UPDATE aspect SET display_order = 10 WHERE slug = 'vendors-and-providers';
UPDATE aspect SET display_order = 11 WHERE slug = 'keeping-current';
UPDATE aspect SET question = 'Must the role follow the latest developments?' WHERE slug = 'keeping-current';
UPDATE aspect SET question = 'Which outside suppliers does the role work with, and to what end?'
WHERE slug = 'vendors-and-providers';

-- The Chief Technology Officer

UPDATE statement SET text = 'Is primarily responsible for the development and maintenance of the company’s technological infrastructure.'
WHERE slug = 'cto-develops-infrastructure';
UPDATE statement SET text = 'Sets up the intranet and communications systems, with the goal of allowing the business to run as smoothly and as efficiently as possible.'
WHERE slug = 'cto-sets-up-intranet';
UPDATE statement SET text = 'Is commonly tasked to handle the company’s engineering concerns, and is primarily responsible for the engineering component.'
WHERE slug = 'cto-engineering';
UPDATE statement SET text = 'Is responsible for the development and deployment of technology within the company: hardware and software products, systems and processes.'
WHERE slug = 'cto-develops-and-deploys-technology';
-- Products are the CTO's focus, not a matter of new against existing technology.
UPDATE statement SET text = 'Utilizes technology in developing new products and enhancing existing ones.',
                     aspect_id = (SELECT id FROM aspect WHERE slug = 'focus')
WHERE slug = 'cto-new-products';
UPDATE statement SET text = 'Is focused on developing and implementing new technologies that will help the company to grow and compete.'
WHERE slug = 'cto-new-technologies';
-- One statement for the one passage: the financial aim and the capability it is expected to rest on.
UPDATE statement SET text = 'Is expected to have the capability to develop and implement strategies that will raise the company’s revenue.',
                     aspect_id = (SELECT id FROM aspect WHERE slug = 'financial-aim')
WHERE slug = 'cto-revenue-strategies';
DELETE FROM statement_citation WHERE statement_id = (SELECT id FROM statement WHERE slug = 'cto-raises-revenue');
DELETE FROM statement_role WHERE statement_id = (SELECT id FROM statement WHERE slug = 'cto-raises-revenue');
DELETE FROM statement WHERE slug = 'cto-raises-revenue';
UPDATE statement SET text = 'Must be creative, innovative and forward looking.' WHERE slug = 'cto-creative';
UPDATE statement SET text = 'Must have a deep understanding of both the business and the technical aspects of the work, in order to be successful.'
WHERE slug = 'cto-business-and-technical';
UPDATE statement SET text = 'Must be able to communicate effectively with both engineers and business leaders, and translate between the two worlds.'
WHERE slug = 'cto-communicates';
UPDATE statement SET text = 'Must be able to keep up with the latest changes in technology and understand how they can be applied to the company’s products and services.'
WHERE slug = 'cto-keeps-up';
UPDATE statement SET text = 'Has the main role of utilizing technology in a way that enhances production.'
WHERE slug = 'cto-enhances-production';
UPDATE statement SET text = 'Focuses on technology and how it can be used to improve the company’s products or services.'
WHERE slug = 'cto-improves-products';
UPDATE statement SET text = 'Is more closely attuned to the needs of the customer than the CIO, and focuses mainly on customers.'
WHERE slug = 'cto-serves-customers';
UPDATE statement SET text = 'Can be found in many organizations, from small businesses to large corporations.',
                     aspect_id = (SELECT id FROM aspect WHERE slug = 'prevalence')
WHERE slug = 'cto-found-widely';
UPDATE statement SET text = 'Is a demanding and challenging role, with the ever-changing landscape of technology.',
                     aspect_id = (SELECT id FROM aspect WHERE slug = 'demands')
WHERE slug = 'cto-demanding';

-- The Chief Information Officer

UPDATE statement SET text = 'Is in charge of top-level management of the company’s technological infrastructure.'
WHERE slug = 'cio-manages-infrastructure';
UPDATE statement SET text = 'Generally maintains and upgrades the company’s communications systems, in order to ensure optimal function.'
WHERE slug = 'cio-maintains-communications';
UPDATE statement SET text = 'Works to develop the IT infrastructure in line with business goals.'
WHERE slug = 'cio-develops-it-infrastructure';
UPDATE statement SET text = 'Is often tasked with managing the company’s IT department, and carries out internal IT tasks.'
WHERE slug = 'cio-it-department';
UPDATE statement SET text = 'Provides centralized management of the organization’s IT resources and ensures that they are aligned with the company’s business goals.'
WHERE slug = 'cio-centralized-management';
UPDATE statement SET text = 'Is often responsible for developing and implementing IT plans, budgeting, and overseeing project management.'
WHERE slug = 'cio-plans-and-budgets';
UPDATE statement SET text = 'Is responsible for the management and implementation of the organization’s information technology (IT) strategy.'
WHERE slug = 'cio-it-strategy';
UPDATE statement SET text = 'Is focused on managing the company’s existing IT infrastructure and ensuring that it runs smoothly.'
WHERE slug = 'cio-existing-infrastructure';
UPDATE statement SET text = 'Works closely with various providers in coming up with feasible solutions for product development and improvement.'
WHERE slug = 'cio-works-with-providers';
UPDATE statement SET text = 'Must be a capable, highly organized and efficient manager.' WHERE slug = 'cio-organized-manager';
-- One passage, two points: keeping up belongs with keeping up, the network of providers with the suppliers.
UPDATE statement SET text = 'Should keep in touch with the latest developments in the industry.'
WHERE slug = 'cio-keeps-in-touch';
INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-builds-provider-network', 'ATTRIBUTE', id, 'Should build up a suitable network of providers of up-to-date technology.', 325
FROM aspect WHERE slug = 'vendors-and-providers';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-builds-provider-network' AND role.slug = 'cio';
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-builds-provider-network' AND citation.anchor = 'cio-keep-in-touch';
UPDATE statement SET text = 'Has the most basic task of utilizing technology to increase efficiency and to allow personnel appropriate access to company resources.'
WHERE slug = 'cio-increases-efficiency';
UPDATE statement SET text = 'Focuses more on using technology to support the business goals and objectives.'
WHERE slug = 'cio-supports-business-goals';
UPDATE statement SET text = 'Is typically focused on the internal organization, and focuses mainly on internal customers.'
WHERE slug = 'cio-serves-the-organization';
UPDATE statement SET text = 'Should work to increase the company’s profits.' WHERE slug = 'cio-increases-profits';
UPDATE statement SET text = 'Is now often involved in setting the company’s overall direction, rather than simply managing its day-to-day operations.'
WHERE slug = 'cio-sets-direction';
UPDATE statement SET text = 'Was created in response to the growing importance of IT in the business world.'
WHERE slug = 'cio-created-for-it';
UPDATE statement SET text = 'Came after a time when IT was typically managed by individual department heads with little coordination or oversight.'
WHERE slug = 'cio-before-the-cio';
UPDATE statement SET text = 'Has evolved in recent years to include more strategic responsibilities, such as developing a long-term vision and plans for the use of technology, as companies have come to realize the importance of technology in driving growth and competitive advantage.'
WHERE slug = 'cio-more-strategic';
UPDATE statement SET text = 'Has become one of the most important and influential roles within a corporation.'
WHERE slug = 'cio-most-influential';

-- Common ground: the same verb phrase is true of each role that holds it.

UPDATE statement SET text = 'Requires a deep understanding of technology and its implications for business.'
WHERE slug = 'both-understand-technology';
UPDATE statement SET text = 'Is a high-level executive responsible for the company’s technology strategy.'
WHERE slug = 'both-own-technology-strategy';
UPDATE statement SET text = 'Shares some responsibilities with the other role, alongside distinct differences.'
WHERE slug = 'both-overlap';
UPDATE statement SET text = 'Is one of the corporate positions that the changing role of technology in business has brought about; the increasingly widespread use of the titles has caused more confusion than clarity.'
WHERE slug = 'both-new-titles';
UPDATE statement SET text = 'Appears to be here to stay.' WHERE slug = 'both-here-to-stay';
UPDATE statement SET text = 'Is among the most important executive positions in a company, and plays a crucial role in its success.'
WHERE slug = 'both-most-important';

-- Summaries that rest only on what their passages say, and cite only those.

UPDATE role SET summary = 'The Chief Technology Officer (CTO) is the executive responsible for the development and deployment of technology within the company. More closely attuned to the customer than the CIO, the CTO is expected to be able to develop and implement strategies that raise the company’s revenue.'
WHERE slug = 'cto';
DELETE FROM role_summary_citation WHERE role_id = (SELECT id FROM role WHERE slug = 'cto');
INSERT INTO role_summary_citation (role_id, citation_id)
SELECT role.id, citation.id FROM role, citation
WHERE role.slug = 'cto' AND citation.anchor IN ('new-titles-confusion', 'cto-development-deployment', 'internal-vs-customer', 'cto-revenue');

UPDATE role SET summary = 'The Chief Information Officer (CIO) is the executive responsible for the management and implementation of the organization’s IT strategy. Typically focused on the internal organization, the CIO manages the company’s technology infrastructure and should work to increase its profits.'
WHERE slug = 'cio';
DELETE FROM role_summary_citation WHERE role_id = (SELECT id FROM role WHERE slug = 'cio');
INSERT INTO role_summary_citation (role_id, citation_id)
SELECT role.id, citation.id FROM role, citation
WHERE role.slug = 'cio' AND citation.anchor IN ('cio-acronym', 'new-titles-confusion', 'cio-it-strategy', 'internal-vs-customer', 'cio-list-infrastructure', 'cio-profits');
