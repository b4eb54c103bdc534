-- The full names of people each report mentions (merge.Persons, keyed first_last), compared by the merge.
ALTER TABLE reports ADD COLUMN person_terms TEXT;
