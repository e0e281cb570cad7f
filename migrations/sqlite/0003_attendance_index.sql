-- Statistics read every attended row of the meetings in a range: this index answers them
-- without visiting the attendance table itself (measured on the ten-year dataset,
-- docs/performance.md).
CREATE INDEX attendance_meeting_status ON attendance(meeting_id, status, person_id, executive);
