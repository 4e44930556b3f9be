-- Grows a Parse database that seed.js seeded through REST (pets 0 … :rest-1) to :pets pets, each with the shape seed.js
-- gives a pet: one Pet, one Referral, one TreatmentPlan and three InteractionLogs, with the same values. Rows go into the
-- tables Parse created, as Parse stores them: pointers as the target's objectId, dates in milliseconds, no ACL (_rperm and
-- _wperm NULL, as in the REST-seeded rows, which carry no ACL either).
-- Usage: psql -v pets=1000000 -v rest=100 -f grow.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;

-- Parse's objectIds are 10 random characters of [0-9A-Za-z]. These are 10 base-62 digits of n × an odd prime not
-- divisible by 31 (a bijection modulo 62^10, so unique within a class), least significant first, so neighbouring n land
-- far apart in the primary key as random ids do.
CREATE FUNCTION pg_temp.object_id(n bigint, class int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  x bigint := ((n::numeric * 521297394619893521 + class * 98765432109876543) % 839299365868340224)::bigint;
  digits constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  id text := '';
BEGIN
  FOR k IN 1..10 LOOP
    id := id || substr(digits, (x % 62)::int + 1, 1);
    x := x / 62;
  END LOOP;
  RETURN id;
END $$;

-- JavaScript's padStart: pads to a width, never cuts.
CREATE FUNCTION pg_temp.pad(n bigint, width int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN length(n::text) >= width THEN n::text ELSE lpad(n::text, width, '0') END $$;

-- seed.js's users[j] is staff<j>.
CREATE TEMP TABLE staff AS SELECT array_agg("objectId" ORDER BY substr(username, 6)::int) AS ids FROM "_User" WHERE username ~ '^staff\d+$';
CREATE TEMP TABLE grown AS
  SELECT i, pg_temp.object_id(i, 1) AS pet, pg_temp.object_id(i, 2) AS referral, pg_temp.object_id(i, 3) AS plan,
         -- seed.js stamps dates from the time it runs; createdAt/updatedAt follow the order of creation.
         date_trunc('milliseconds', now()) AS seeded, date_trunc('milliseconds', now() + i * interval '1 ms') AS created
  FROM generate_series(:rest, :pets - 1) AS i;

INSERT INTO "Pet" ("objectId", "createdAt", "updatedAt", "petName", species, breed, "dateOfBirth", "medicalHistorySummary",
                   "ownerName", "ownerPhone", "primaryVetClinic", "assignedSpecialist")
SELECT pet, created, created, 'Pet' || i, (ARRAY['canine', 'feline', 'equine', 'exotic'])[i % 4 + 1], 'Mixed',
       make_timestamptz(2015, (i % 12)::int + 1, 1, 0, 0, 0, 'UTC'), 'History of pet ' || i, 'Owner ' || i,
       '555-' || pg_temp.pad(i, 4), 'Clinic ' || (i % 50), ids[i % 20 + 1]
FROM grown, staff;

INSERT INTO "Referral" ("objectId", "createdAt", "updatedAt", "referralNumber", pet, "referringClinic", "referralReason",
                        status, "receivedBy", "receivedAt", priority)
SELECT referral, created, created, 'REF-' || pg_temp.pad(i, 6), pet, 'Clinic ' || (i % 50), 'Reason ' || i,
       (ARRAY['received', 'triaged', 'scheduled', 'closed'])[i % 4 + 1], ids[(i * 7) % 20 + 1],
       seeded - i * interval '1 minute', (ARRAY['routine', 'urgent', 'emergency'])[i % 3 + 1]
FROM grown, staff;

INSERT INTO "TreatmentPlan" ("objectId", "createdAt", "updatedAt", "planTitle", pet, referral, "diagnosisNotes", "planStatus",
                             "nextReviewDate", "medicationNotes", "clientInstructions", "createdBy")
SELECT plan, created, created, 'Plan ' || i, pet, referral, 'Dx ' || i, CASE WHEN i % 5 = 0 THEN 'completed' ELSE 'active' END,
       seeded + (i % 60 - 30) * interval '1 day', 'Meds', 'Instructions', ids[i % 20 + 1]
FROM grown, staff;

INSERT INTO "InteractionLog" ("objectId", "createdAt", "updatedAt", pet, referral, "treatmentPlan", "user", "interactionType",
                              summary, "followUpNeeded", "interactionAt")
SELECT pg_temp.object_id(3 * i + k, 4), created, created, pet, referral, plan, ids[(i + k) % 20 + 1],
       (ARRAY['call', 'consult', 'note'])[k + 1], 'Summary ' || k, k = 2, seeded - k * interval '1 hour'
FROM grown, staff, generate_series(0, 2) AS k;
