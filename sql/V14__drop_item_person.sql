-- The people of each item as link keys (item_person, V3) are retired: the persons of a
-- client are resolved from person_record (V13), which holds every person item_person held
-- (a structured record, or an SSN, card or account number quoted in free text) and joins
-- them also by name with date of birth. The reports count "estimated individuals" from
-- person_record only.
DROP TABLE item_person;
