DROP TABLE registration_categories;
DROP TABLE categories;
