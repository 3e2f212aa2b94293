ALTER TABLE categories DROP COLUMN reapprove_on_edit;
