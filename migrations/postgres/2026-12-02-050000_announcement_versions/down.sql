DROP TABLE announcement_versions;
