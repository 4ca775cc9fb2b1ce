-- Channels set up by the user: an archived channel keeps its history but leaves the forms.
ALTER TABLE channels ADD COLUMN archived_on TEXT;
