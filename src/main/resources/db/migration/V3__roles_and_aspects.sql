-- The roles and the aspects they are compared on.

INSERT INTO role (slug, abbreviation, title, summary, display_order)
VALUES ('cto', 'CTO', 'Chief Technology Officer',
        'The executive who develops the company’s technology and applies it to new products and services, attuned to the customer and expected to raise revenue.', 1);
INSERT INTO role_summary_citation (role_id, citation_id)
SELECT role.id, citation.id FROM role, citation
WHERE role.slug = 'cto' AND citation.anchor IN ('new-titles-confusion', 'cto-found-in-many', 'cto-development-deployment', 'cto-products-services', 'internal-vs-customer', 'cto-revenue');

INSERT INTO role (slug, abbreviation, title, summary, display_order)
VALUES ('cio', 'CIO', 'Chief Information Officer',
        'The executive who manages the organization’s information technology and its existing infrastructure, focused on the organization within and expected to increase efficiency and profits.', 2);
INSERT INTO role_summary_citation (role_id, citation_id)
SELECT role.id, citation.id FROM role, citation
WHERE role.slug = 'cio' AND citation.anchor IN ('new-titles-confusion', 'cio-acronym', 'cio-it-strategy', 'new-vs-existing', 'internal-vs-customer', 'cio-basic-task', 'cio-profits');

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('focus', 'Primary focus', 'What is the role mainly there to do?',
        NULL, 1);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('who-they-serve', 'Who they serve', 'Whose needs does the role attend to first?',
        NULL, 2);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('financial-aim', 'Financial aim', 'Which financial result is the role expected to improve?',
        NULL, 3);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('reporting-line', 'Reporting line', 'Whom does the role report to?',
        NULL, 4);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('qualities', 'Key qualities', 'What must a person in the role be like?',
        NULL, 5);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('technology-horizon', 'Technology horizon', 'New technology, or the technology already in place?',
        NULL, 6);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('keeping-current', 'Keeping up with technology', 'Who must follow the latest developments?',
        'The articles give this to different roles: the first article says it of the CIO, the second of the CTO. Neither says that the other role need not keep up.', 7);
INSERT INTO aspect_disagreement_citation (aspect_id, citation_id)
SELECT aspect.id, citation.id FROM aspect, citation
WHERE aspect.slug = 'keeping-current' AND citation.anchor IN ('cio-keep-in-touch', 'cto-keep-up');

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('vendors-and-providers', 'Vendors and providers', 'Who works with outside suppliers, and to what end?',
        'The first article says it of both roles in different places: its prose has the CIO working closely with providers on product development, while its list for the CTO has the CTO working closely with vendors to supply solutions to the market.', 8);
INSERT INTO aspect_disagreement_citation (aspect_id, citation_id)
SELECT aspect.id, citation.id FROM aspect, citation
WHERE aspect.slug = 'vendors-and-providers' AND citation.anchor IN ('cio-providers', 'cto-list-vendors');

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('infrastructure', 'Technology infrastructure', 'What does the role do with the company’s technology infrastructure?',
        'The first article makes the CTO responsible for developing and maintaining the technological infrastructure and the CIO for its top-level management; the second gives the existing IT infrastructure to the CIO and new technologies to the CTO.', 9);
INSERT INTO aspect_disagreement_citation (aspect_id, citation_id)
SELECT aspect.id, citation.id FROM aspect, citation
WHERE aspect.slug = 'infrastructure' AND citation.anchor IN ('cto-infrastructure', 'cio-top-level-management', 'new-vs-existing');

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('scope', 'Scope of work', 'What falls within the role’s remit?',
        NULL, 10);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('strategy', 'Strategy', 'What part does the role play in the company’s strategy?',
        'The first article gives strategy-making to the CTO and asks the CIO to be an organized manager; the second calls both roles responsible for the company’s technology strategy and says the CIO now often helps set the company’s overall direction.', 11);
INSERT INTO aspect_disagreement_citation (aspect_id, citation_id)
SELECT aspect.id, citation.id FROM aspect, citation
WHERE aspect.slug = 'strategy' AND citation.anchor IN ('cto-revenue', 'cio-organized-manager', 'both-technology-strategy', 'cio-overall-direction');

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('history', 'How the role came about', 'Where did the role come from?',
        NULL, 12);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('evolution', 'How the role is changing', 'Where is the role heading?',
        NULL, 13);

INSERT INTO aspect (slug, name, question, disagreement, display_order)
VALUES ('standing', 'Standing in the company', 'How important is the role?',
        NULL, 14);
