-- Search ranks at most 200 consultations and organisations matching by name (a word nearly
-- every name holds matched all 50,000 organisations at the synthetic scale 100, and ranking
-- them took seconds), and beside them always those whose name is the query: found here.
CREATE INDEX organisation_name_folded_idx ON organisation (search_fold(name));
CREATE INDEX consultation_title_folded_idx ON consultation (search_fold(title));
