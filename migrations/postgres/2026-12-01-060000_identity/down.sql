DROP TABLE profiles;
DROP TABLE conference_identity;
DROP TABLE images;
