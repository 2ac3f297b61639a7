-- The two articles, exactly as published, and the passages of them that the site cites.
-- A passage must occur verbatim in its article (CitationIntegrityTest checks it).

INSERT INTO source (slug, title, body, display_order) VALUES ('corporate-heavyweights', 'CTO vs. CIO: Corporate Heavyweights', 'CTO vs. CIO: Corporate Heavyweights

The changing role of technology in today''s business world has brought about the rise of numerous corporate positions, many of which were previously unheard of and even unimagined. Among these new titles are CTO and CIO– Chief Technology Officer and Chief Information Officer respectively–and their increasingly widespread use has caused more confusion than clarity. Nevertheless, it would appear that such positions are here to stay (and indeed portend the rise of even more new ones), so it only makes sense to take a look at the more salient aspects of each.


Primary Responsibilities

The CTO or Chief Technology Officer is primarily responsible for the development and maintenance of the technological infrastructure of a particular company. Among his roles is the setting up of the intranet and communications systems with the goal of allowing the business to run as smoothly and as efficiently as possible. The CTO is also commonly tasked to handle the company’s engineering concerns. In summation, the main role of the CTO is to utilize technology in a way that enhances production.

The CIO or Chief Information Officer for his part is in charge of top-level management of the same technological infrastructure. This generally involves the maintenance and upgrading of the communications systems of the company in order to ensure optimal function. CIOs are also often tasked with managing the company’s IT department. The most basic task of the CIO is to utilize technology in order to increase efficiency and to allow personnel appropriate access to company resources.


One distinct difference between the two is in their approach to their respective tasks. While a CIO would typically be focused on the internal organization, the CTO is more closely attuned to the needs of the customer.

The CIO for his part works closely with various providers in coming up with feasible solutions for product development and improvement. As you can imagine, it is therefore important for CIOs to keep in touch with the latest developments in the industry and to build up a suitable network of providers of up-to-date technology.

Key Attributes

CTOs are expected to have the capability to develop and implement strategies that will raise the company’s revenue. For this task, a CTO must be equipped with ample amounts of creativity and innovation.

The CIO on the other hand should work to increase the company’s profits. This task requires a capable and highly organized manager.



  • Functions as the technology architect of the company
  • Is primarily responsible for the engineering component
  • Utilizes technology in developing new products and enhancing existing ones
  • Focuses mainly on customers
  • Works closely with vendors in supplying solutions to the market
  • Must be creative and forward looking


  • Has the role of managing the technology infrastructure of the company
  • Carries out internal IT tasks
  • Focuses mainly on internal customers
  • Works to develop the IT infrastructure in line with business goals
  • Must be a capable and efficient manager


', 1);

INSERT INTO source (slug, title, body, display_order) VALUES ('difference-between-cto-and-cio', 'Difference between CTO and CIO', 'Difference between CTO and CIO

CTO and CIO are two of the most important executive positions in a company. They both play a crucial role in the company’s success, but they have different responsibilities. Understanding the difference between these two roles is key to ensuring that your company is run effectively. In this blog post, we will explore the differences between CTOs and CIOs and discuss which position is more important for your business.

What is CTO?

CTO, or Chief Technology Officer, is a role that can be found in many organizations, from small businesses to large corporations. The CTO is responsible for the development and deployment of technology within the company. This includes both hardware and software products, as well as systems and processes. In order to be successful, a CTO must have a deep understanding of both the business and the technical aspects of their work. They must be able to effectively communicate with both engineers and business leaders, and translate between the two worlds. In addition, CTOs must be able to keep up with the latest changes in technology and understand how they can be applied to the company’s products and services. With the ever-changing landscape of technology, being a CTO is a demanding and challenging role. However, it is also a role that can have a tremendous impact on the success of a company.

What is CIO?

CIO is an acronym for “chief information officer.” A CIO is a corporate executive responsible for the management and implementation of an organization’s information technology (IT) strategy. The CIO position was created in response to the growing importance of IT in the business world. Prior to the advent of the CIO, IT was typically managed by individual department heads with little coordination or oversight. The CIO provides centralized management of an organization’s IT resources and ensures that they are aligned with the company’s business goals. CIOs are often responsible for developing and implementing IT plans, budgeting, and overseeing project management. They also work closely with other executives to ensure that the company’s IT needs are met. In recent years, the role of the CIO has evolved to include more strategic responsibilities such as developing a long-term vision and plans for the use of technology within the organization. This has made the CIO position one of the most important and influential roles within a corporation.

Difference between CTO and CIO

The CTO and CIO are both high-level executives within a company who are responsible for the company’s technology strategy. The CTO is focused on developing and implementing new technologies that will help the company to grow and compete, while the CIO is focused on managing the company’s existing IT infrastructure and ensuring that it runs smoothly. Both roles require a deep understanding of technology and its implications for business. In recent years, the CIO role has become increasingly strategic, as companies have come to realize the importance of technology in driving growth and competitive advantage. As a result, CIOs are now often involved in setting the company’s overall direction, rather than simply managing its day-to-day operations. However, the CTO’s role remains focused on developing new technologies and bringing them to market. In many cases, the CTO reports to the CEO, while the CIO reports to the CFO.


While there is some overlap in the responsibilities of a CTO and CIO, there are also distinct differences. The role of a CTO is to focus on technology and how it can be used to improve the company’s products or services. A CIO, on the other hand, focuses more on using technology to support the business goals and objectives. If you’re not sure which position might be a better fit for you, or if you’re considering making a change, read on for more information about each role.

', 2);

INSERT INTO citation (source_id, anchor, passage)
SELECT source.id, passage.anchor, passage.text
FROM source, (VALUES
    ('rise-of-new-titles', 'The changing role of technology in today''s business world has brought about the rise of numerous corporate positions, many of which were previously unheard of and even unimagined.'),
    ('new-titles-confusion', 'Among these new titles are CTO and CIO– Chief Technology Officer and Chief Information Officer respectively–and their increasingly widespread use has caused more confusion than clarity.'),
    ('here-to-stay', 'Nevertheless, it would appear that such positions are here to stay (and indeed portend the rise of even more new ones), so it only makes sense to take a look at the more salient aspects of each.'),
    ('cto-infrastructure', 'The CTO or Chief Technology Officer is primarily responsible for the development and maintenance of the technological infrastructure of a particular company.'),
    ('cto-intranet', 'Among his roles is the setting up of the intranet and communications systems with the goal of allowing the business to run as smoothly and as efficiently as possible.'),
    ('cto-engineering', 'The CTO is also commonly tasked to handle the company’s engineering concerns.'),
    ('cto-main-role', 'In summation, the main role of the CTO is to utilize technology in a way that enhances production.'),
    ('cio-top-level-management', 'The CIO or Chief Information Officer for his part is in charge of top-level management of the same technological infrastructure.'),
    ('cio-communications', 'This generally involves the maintenance and upgrading of the communications systems of the company in order to ensure optimal function.'),
    ('cio-it-department', 'CIOs are also often tasked with managing the company’s IT department.'),
    ('cio-basic-task', 'The most basic task of the CIO is to utilize technology in order to increase efficiency and to allow personnel appropriate access to company resources.'),
    ('approach-difference', 'One distinct difference between the two is in their approach to their respective tasks.'),
    ('internal-vs-customer', 'While a CIO would typically be focused on the internal organization, the CTO is more closely attuned to the needs of the customer.'),
    ('cio-providers', 'The CIO for his part works closely with various providers in coming up with feasible solutions for product development and improvement.'),
    ('cio-keep-in-touch', 'As you can imagine, it is therefore important for CIOs to keep in touch with the latest developments in the industry and to build up a suitable network of providers of up-to-date technology.'),
    ('cto-revenue', 'CTOs are expected to have the capability to develop and implement strategies that will raise the company’s revenue.'),
    ('cto-creativity', 'For this task, a CTO must be equipped with ample amounts of creativity and innovation.'),
    ('cio-profits', 'The CIO on the other hand should work to increase the company’s profits.'),
    ('cio-organized-manager', 'This task requires a capable and highly organized manager.'),
    ('cto-list-architect', 'Functions as the technology architect of the company'),
    ('cto-list-engineering', 'Is primarily responsible for the engineering component'),
    ('cto-list-products', 'Utilizes technology in developing new products and enhancing existing ones'),
    ('cto-list-customers', 'Focuses mainly on customers'),
    ('cto-list-vendors', 'Works closely with vendors in supplying solutions to the market'),
    ('cto-list-creative', 'Must be creative and forward looking'),
    ('cio-list-infrastructure', 'Has the role of managing the technology infrastructure of the company'),
    ('cio-list-internal-it', 'Carries out internal IT tasks'),
    ('cio-list-internal-customers', 'Focuses mainly on internal customers'),
    ('cio-list-business-goals', 'Works to develop the IT infrastructure in line with business goals'),
    ('cio-list-manager', 'Must be a capable and efficient manager')
) AS passage (anchor, text)
WHERE source.slug = 'corporate-heavyweights';

INSERT INTO citation (source_id, anchor, passage)
SELECT source.id, passage.anchor, passage.text
FROM source, (VALUES
    ('most-important-positions', 'CTO and CIO are two of the most important executive positions in a company.'),
    ('crucial-role', 'They both play a crucial role in the company’s success, but they have different responsibilities.'),
    ('cto-found-in-many', 'CTO, or Chief Technology Officer, is a role that can be found in many organizations, from small businesses to large corporations.'),
    ('cto-development-deployment', 'The CTO is responsible for the development and deployment of technology within the company.'),
    ('cto-hardware-software', 'This includes both hardware and software products, as well as systems and processes.'),
    ('cto-deep-understanding', 'In order to be successful, a CTO must have a deep understanding of both the business and the technical aspects of their work.'),
    ('cto-communicate', 'They must be able to effectively communicate with both engineers and business leaders, and translate between the two worlds.'),
    ('cto-keep-up', 'In addition, CTOs must be able to keep up with the latest changes in technology and understand how they can be applied to the company’s products and services.'),
    ('cto-demanding', 'With the ever-changing landscape of technology, being a CTO is a demanding and challenging role.'),
    ('cto-impact', 'However, it is also a role that can have a tremendous impact on the success of a company.'),
    ('cio-acronym', 'CIO is an acronym for “chief information officer.”'),
    ('cio-it-strategy', 'A CIO is a corporate executive responsible for the management and implementation of an organization’s information technology (IT) strategy.'),
    ('cio-created', 'The CIO position was created in response to the growing importance of IT in the business world.'),
    ('cio-before', 'Prior to the advent of the CIO, IT was typically managed by individual department heads with little coordination or oversight.'),
    ('cio-centralized', 'The CIO provides centralized management of an organization’s IT resources and ensures that they are aligned with the company’s business goals.'),
    ('cio-plans-budgeting', 'CIOs are often responsible for developing and implementing IT plans, budgeting, and overseeing project management.'),
    ('cio-other-executives', 'They also work closely with other executives to ensure that the company’s IT needs are met.'),
    ('cio-evolved', 'In recent years, the role of the CIO has evolved to include more strategic responsibilities such as developing a long-term vision and plans for the use of technology within the organization.'),
    ('cio-most-influential', 'This has made the CIO position one of the most important and influential roles within a corporation.'),
    ('both-technology-strategy', 'The CTO and CIO are both high-level executives within a company who are responsible for the company’s technology strategy.'),
    ('new-vs-existing', 'The CTO is focused on developing and implementing new technologies that will help the company to grow and compete, while the CIO is focused on managing the company’s existing IT infrastructure and ensuring that it runs smoothly.'),
    ('both-deep-understanding', 'Both roles require a deep understanding of technology and its implications for business.'),
    ('cio-increasingly-strategic', 'In recent years, the CIO role has become increasingly strategic, as companies have come to realize the importance of technology in driving growth and competitive advantage.'),
    ('cio-overall-direction', 'As a result, CIOs are now often involved in setting the company’s overall direction, rather than simply managing its day-to-day operations.'),
    ('cto-remains-focused', 'However, the CTO’s role remains focused on developing new technologies and bringing them to market.'),
    ('reporting-lines', 'In many cases, the CTO reports to the CEO, while the CIO reports to the CFO.'),
    ('overlap', 'While there is some overlap in the responsibilities of a CTO and CIO, there are also distinct differences.'),
    ('cto-products-services', 'The role of a CTO is to focus on technology and how it can be used to improve the company’s products or services.'),
    ('cio-business-goals', 'A CIO, on the other hand, focuses more on using technology to support the business goals and objectives.')
) AS passage (anchor, text)
WHERE source.slug = 'difference-between-cto-and-cio';
