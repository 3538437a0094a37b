-- The interface language a signed-in user chose with the language switch (a catalogue's code,
-- such as 'vi'); NULL until they choose, when the browser's languages decide.
ALTER TABLE app_user ADD COLUMN language text
    CHECK (language IS NULL OR language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
