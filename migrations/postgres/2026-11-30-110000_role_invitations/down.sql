DROP TABLE role_invitations;
