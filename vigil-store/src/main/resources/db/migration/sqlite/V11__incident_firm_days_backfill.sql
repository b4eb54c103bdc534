-- Fills V10's firm-day range for incidents stored before it existed (ReportFeatures.firmDate: a day-precise start
-- whose rule is not one of the weak ones).
UPDATE incidents SET
  firm_day_min = (SELECT MIN(CAST(julianday(r.date_start) - 2440587.5 AS INTEGER)) FROM reports r WHERE r.incident_id = incidents.id AND r.role = 'member'
    AND r.date_start IS NOT NULL AND r.time_precision = 'day' AND r.time_rule IS NOT NULL
    AND r.time_rule NOT IN ('publication-date-assumed', 'month-on-or-before-publication', 'month-of-last-year', 'month-of-year-named-before', 'explicit-year', 'unresolved-no-anchor', 'unresolved-that-year-without-year')),
  firm_day_max = (SELECT MAX(CAST(julianday(r.date_start) - 2440587.5 AS INTEGER)) FROM reports r WHERE r.incident_id = incidents.id AND r.role = 'member'
    AND r.date_start IS NOT NULL AND r.time_precision = 'day' AND r.time_rule IS NOT NULL
    AND r.time_rule NOT IN ('publication-date-assumed', 'month-on-or-before-publication', 'month-of-last-year', 'month-of-year-named-before', 'explicit-year', 'unresolved-no-anchor', 'unresolved-that-year-without-year'));
