# The plan screen: objectives, segments, channels, pillars, campaigns, crisis protocol.
