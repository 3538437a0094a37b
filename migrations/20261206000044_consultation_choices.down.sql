DROP INDEX consultation_choices_idx;
