DROP TABLE registration_invitations;
DROP TABLE registration_categories;
DROP TABLE categories;
