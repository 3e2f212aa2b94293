-- A category may send an approved registration back to the approval queue when
-- the registrant edits their profile (issue 18, point 3).
ALTER TABLE categories ADD COLUMN reapprove_on_edit BOOLEAN NOT NULL DEFAULT FALSE;
