DROP TABLE registration_answers;
DROP TABLE question_categories;
DROP TABLE question_choices;
DROP TABLE questions;
