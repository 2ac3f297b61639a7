-- What the site says about each role. Every statement names the roles it is true of (more than one: common
-- ground) and the passages it rests on, by citation anchor (see V2).

-- The Chief Technology Officer

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-develops-infrastructure', 'RESPONSIBILITY', id, 'Develops and maintains the company’s technological infrastructure.', 10
FROM aspect WHERE slug = 'infrastructure';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-develops-infrastructure' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-develops-infrastructure' AND citation.anchor IN ('cto-infrastructure');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-sets-up-intranet', 'RESPONSIBILITY', id, 'Sets up the intranet and communications systems so that the business runs as smoothly and efficiently as possible.', 20
FROM aspect WHERE slug = 'infrastructure';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-sets-up-intranet' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-sets-up-intranet' AND citation.anchor IN ('cto-intranet');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-technology-architect', 'RESPONSIBILITY', id, 'Functions as the technology architect of the company.', 30
FROM aspect WHERE slug = 'infrastructure';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-technology-architect' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-technology-architect' AND citation.anchor IN ('cto-list-architect');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-engineering', 'RESPONSIBILITY', id, 'Handles the company’s engineering concerns and is primarily responsible for the engineering component.', 40
FROM aspect WHERE slug = 'scope';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-engineering' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-engineering' AND citation.anchor IN ('cto-engineering', 'cto-list-engineering');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-develops-and-deploys-technology', 'RESPONSIBILITY', id, 'Develops and deploys technology within the company: hardware and software products, systems and processes.', 50
FROM aspect WHERE slug = 'scope';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-develops-and-deploys-technology' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-develops-and-deploys-technology' AND citation.anchor IN ('cto-development-deployment', 'cto-hardware-software');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-new-products', 'RESPONSIBILITY', id, 'Uses technology to develop new products and enhance existing ones.', 60
FROM aspect WHERE slug = 'technology-horizon';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-new-products' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-new-products' AND citation.anchor IN ('cto-list-products');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-new-technologies', 'RESPONSIBILITY', id, 'Develops and implements new technologies that help the company grow and compete.', 70
FROM aspect WHERE slug = 'technology-horizon';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-new-technologies' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-new-technologies' AND citation.anchor IN ('new-vs-existing');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-works-with-vendors', 'RESPONSIBILITY', id, 'Works closely with vendors in supplying solutions to the market.', 80
FROM aspect WHERE slug = 'vendors-and-providers';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-works-with-vendors' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-works-with-vendors' AND citation.anchor IN ('cto-list-vendors');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-revenue-strategies', 'ATTRIBUTE', id, 'Can develop and implement strategies that raise the company’s revenue.', 90
FROM aspect WHERE slug = 'strategy';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-revenue-strategies' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-revenue-strategies' AND citation.anchor IN ('cto-revenue');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-creative', 'ATTRIBUTE', id, 'Creative, innovative and forward looking.', 100
FROM aspect WHERE slug = 'qualities';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-creative' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-creative' AND citation.anchor IN ('cto-creativity', 'cto-list-creative');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-business-and-technical', 'ATTRIBUTE', id, 'Has a deep understanding of both the business and the technical aspects of the work.', 110
FROM aspect WHERE slug = 'qualities';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-business-and-technical' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-business-and-technical' AND citation.anchor IN ('cto-deep-understanding');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-communicates', 'ATTRIBUTE', id, 'Communicates effectively with engineers and business leaders, and translates between the two worlds.', 120
FROM aspect WHERE slug = 'qualities';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-communicates' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-communicates' AND citation.anchor IN ('cto-communicate');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-keeps-up', 'ATTRIBUTE', id, 'Keeps up with the latest changes in technology and understands how they apply to the company’s products and services.', 130
FROM aspect WHERE slug = 'keeping-current';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-keeps-up' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-keeps-up' AND citation.anchor IN ('cto-keep-up');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-enhances-production', 'FACT', id, 'Uses technology in a way that enhances production.', 140
FROM aspect WHERE slug = 'focus';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-enhances-production' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-enhances-production' AND citation.anchor IN ('cto-main-role');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-improves-products', 'FACT', id, 'Focuses on technology and how it can improve the company’s products or services.', 150
FROM aspect WHERE slug = 'focus';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-improves-products' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-improves-products' AND citation.anchor IN ('cto-products-services');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-serves-customers', 'FACT', id, 'Attuned to the needs of the customer: focuses mainly on customers.', 160
FROM aspect WHERE slug = 'who-they-serve';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-serves-customers' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-serves-customers' AND citation.anchor IN ('approach-difference', 'internal-vs-customer', 'cto-list-customers');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-raises-revenue', 'FACT', id, 'Expected to raise the company’s revenue.', 170
FROM aspect WHERE slug = 'financial-aim';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-raises-revenue' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-raises-revenue' AND citation.anchor IN ('cto-revenue');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-reports-to-ceo', 'FACT', id, 'In many cases reports to the CEO.', 180
FROM aspect WHERE slug = 'reporting-line';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-reports-to-ceo' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-reports-to-ceo' AND citation.anchor IN ('reporting-lines');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-stays-on-new-technology', 'FACT', id, 'Remains focused on developing new technologies and bringing them to market.', 190
FROM aspect WHERE slug = 'evolution';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-stays-on-new-technology' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-stays-on-new-technology' AND citation.anchor IN ('cto-remains-focused');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-found-widely', 'FACT', id, 'Found in many organizations, from small businesses to large corporations.', 200
FROM aspect WHERE slug = 'standing';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-found-widely' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-found-widely' AND citation.anchor IN ('cto-found-in-many');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-demanding', 'FACT', id, 'A demanding and challenging role, given the ever-changing landscape of technology.', 210
FROM aspect WHERE slug = 'standing';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-demanding' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-demanding' AND citation.anchor IN ('cto-demanding');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cto-impact', 'FACT', id, 'Can have a tremendous impact on the success of a company.', 220
FROM aspect WHERE slug = 'standing';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cto-impact' AND role.slug IN ('cto');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cto-impact' AND citation.anchor IN ('cto-impact');

-- The Chief Information Officer

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-manages-infrastructure', 'RESPONSIBILITY', id, 'In charge of top-level management of the company’s technology infrastructure.', 230
FROM aspect WHERE slug = 'infrastructure';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-manages-infrastructure' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-manages-infrastructure' AND citation.anchor IN ('cio-top-level-management', 'cio-list-infrastructure');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-maintains-communications', 'RESPONSIBILITY', id, 'Maintains and upgrades the company’s communications systems to ensure optimal function.', 240
FROM aspect WHERE slug = 'infrastructure';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-maintains-communications' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-maintains-communications' AND citation.anchor IN ('cio-communications');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-develops-it-infrastructure', 'RESPONSIBILITY', id, 'Develops the IT infrastructure in line with business goals.', 250
FROM aspect WHERE slug = 'infrastructure';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-develops-it-infrastructure' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-develops-it-infrastructure' AND citation.anchor IN ('cio-list-business-goals');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-it-department', 'RESPONSIBILITY', id, 'Manages the company’s IT department and carries out internal IT tasks.', 260
FROM aspect WHERE slug = 'scope';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-it-department' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-it-department' AND citation.anchor IN ('cio-it-department', 'cio-list-internal-it');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-centralized-management', 'RESPONSIBILITY', id, 'Provides centralized management of the organization’s IT resources and keeps them aligned with the company’s business goals.', 270
FROM aspect WHERE slug = 'scope';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-centralized-management' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-centralized-management' AND citation.anchor IN ('cio-centralized');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-plans-and-budgets', 'RESPONSIBILITY', id, 'Develops and implements IT plans, handles budgeting and oversees project management.', 280
FROM aspect WHERE slug = 'scope';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-plans-and-budgets' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-plans-and-budgets' AND citation.anchor IN ('cio-plans-budgeting');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-works-with-executives', 'RESPONSIBILITY', id, 'Works closely with other executives to ensure that the company’s IT needs are met.', 290
FROM aspect WHERE slug = 'scope';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-works-with-executives' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-works-with-executives' AND citation.anchor IN ('cio-other-executives');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-it-strategy', 'RESPONSIBILITY', id, 'Manages and implements the organization’s information technology (IT) strategy.', 300
FROM aspect WHERE slug = 'strategy';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-it-strategy' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-it-strategy' AND citation.anchor IN ('cio-it-strategy');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-existing-infrastructure', 'RESPONSIBILITY', id, 'Manages the company’s existing IT infrastructure and ensures that it runs smoothly.', 310
FROM aspect WHERE slug = 'technology-horizon';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-existing-infrastructure' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-existing-infrastructure' AND citation.anchor IN ('new-vs-existing');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-works-with-providers', 'RESPONSIBILITY', id, 'Works closely with various providers to come up with feasible solutions for product development and improvement.', 320
FROM aspect WHERE slug = 'vendors-and-providers';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-works-with-providers' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-works-with-providers' AND citation.anchor IN ('cio-providers');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-organized-manager', 'ATTRIBUTE', id, 'A capable, highly organized and efficient manager.', 330
FROM aspect WHERE slug = 'qualities';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-organized-manager' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-organized-manager' AND citation.anchor IN ('cio-organized-manager', 'cio-list-manager');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-keeps-in-touch', 'ATTRIBUTE', id, 'Keeps in touch with the latest developments in the industry and builds up a network of providers of up-to-date technology.', 340
FROM aspect WHERE slug = 'keeping-current';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-keeps-in-touch' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-keeps-in-touch' AND citation.anchor IN ('cio-keep-in-touch');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-increases-efficiency', 'FACT', id, 'Uses technology to increase efficiency and to give personnel appropriate access to company resources.', 350
FROM aspect WHERE slug = 'focus';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-increases-efficiency' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-increases-efficiency' AND citation.anchor IN ('cio-basic-task');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-supports-business-goals', 'FACT', id, 'Focuses on using technology to support the business goals and objectives.', 360
FROM aspect WHERE slug = 'focus';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-supports-business-goals' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-supports-business-goals' AND citation.anchor IN ('cio-business-goals');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-serves-the-organization', 'FACT', id, 'Focused on the internal organization: focuses mainly on internal customers.', 370
FROM aspect WHERE slug = 'who-they-serve';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-serves-the-organization' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-serves-the-organization' AND citation.anchor IN ('approach-difference', 'internal-vs-customer', 'cio-list-internal-customers');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-increases-profits', 'FACT', id, 'Expected to increase the company’s profits.', 380
FROM aspect WHERE slug = 'financial-aim';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-increases-profits' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-increases-profits' AND citation.anchor IN ('cio-profits');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-reports-to-cfo', 'FACT', id, 'In many cases reports to the CFO.', 390
FROM aspect WHERE slug = 'reporting-line';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-reports-to-cfo' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-reports-to-cfo' AND citation.anchor IN ('reporting-lines');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-sets-direction', 'FACT', id, 'Now often involved in setting the company’s overall direction, rather than simply managing its day-to-day operations.', 400
FROM aspect WHERE slug = 'strategy';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-sets-direction' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-sets-direction' AND citation.anchor IN ('cio-overall-direction');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-created-for-it', 'FACT', id, 'Created in response to the growing importance of IT in the business world.', 410
FROM aspect WHERE slug = 'history';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-created-for-it' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-created-for-it' AND citation.anchor IN ('cio-created');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-before-the-cio', 'FACT', id, 'Before the CIO, IT was typically managed by individual department heads with little coordination or oversight.', 420
FROM aspect WHERE slug = 'history';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-before-the-cio' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-before-the-cio' AND citation.anchor IN ('cio-before');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-more-strategic', 'FACT', id, 'Increasingly strategic in recent years, taking on a long-term vision and plans for the use of technology, as companies came to see technology as a driver of growth and competitive advantage.', 430
FROM aspect WHERE slug = 'evolution';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-more-strategic' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-more-strategic' AND citation.anchor IN ('cio-evolved', 'cio-increasingly-strategic');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'cio-most-influential', 'FACT', id, 'One of the most important and influential roles within a corporation.', 440
FROM aspect WHERE slug = 'standing';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'cio-most-influential' AND role.slug IN ('cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'cio-most-influential' AND citation.anchor IN ('cio-most-influential');

-- Common ground

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'both-understand-technology', 'ATTRIBUTE', id, 'A deep understanding of technology and its implications for business.', 450
FROM aspect WHERE slug = 'qualities';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'both-understand-technology' AND role.slug IN ('cto', 'cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'both-understand-technology' AND citation.anchor IN ('both-deep-understanding');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'both-own-technology-strategy', 'FACT', id, 'High-level executives responsible for the company’s technology strategy.', 460
FROM aspect WHERE slug = 'strategy';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'both-own-technology-strategy' AND role.slug IN ('cto', 'cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'both-own-technology-strategy' AND citation.anchor IN ('both-technology-strategy');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'both-overlap', 'FACT', id, 'Their responsibilities overlap in part, but they are distinct.', 470
FROM aspect WHERE slug = 'scope';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'both-overlap' AND role.slug IN ('cto', 'cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'both-overlap' AND citation.anchor IN ('crucial-role', 'overlap');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'both-new-titles', 'FACT', id, 'Among the corporate positions that arose as technology’s role in business changed; the titles’ widespread use has caused more confusion than clarity.', 480
FROM aspect WHERE slug = 'history';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'both-new-titles' AND role.slug IN ('cto', 'cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'both-new-titles' AND citation.anchor IN ('rise-of-new-titles', 'new-titles-confusion');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'both-here-to-stay', 'FACT', id, 'Positions that appear to be here to stay.', 490
FROM aspect WHERE slug = 'evolution';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'both-here-to-stay' AND role.slug IN ('cto', 'cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'both-here-to-stay' AND citation.anchor IN ('here-to-stay');

INSERT INTO statement (slug, kind, aspect_id, text, display_order)
SELECT 'both-most-important', 'FACT', id, 'Two of the most important executive positions in a company, each playing a crucial role in its success.', 500
FROM aspect WHERE slug = 'standing';
INSERT INTO statement_role (statement_id, role_id)
SELECT statement.id, role.id FROM statement, role
WHERE statement.slug = 'both-most-important' AND role.slug IN ('cto', 'cio');
INSERT INTO statement_citation (statement_id, citation_id)
SELECT statement.id, citation.id FROM statement, citation
WHERE statement.slug = 'both-most-important' AND citation.anchor IN ('most-important-positions', 'crucial-role');
