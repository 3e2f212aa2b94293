DROP TABLE video_presence;
DROP TABLE session_video;
DROP TABLE video_settings;
ALTER TABLE conferences DROP COLUMN video_platform;
