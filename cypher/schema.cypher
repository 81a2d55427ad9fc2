// graphctl's graph model in Neo4j: the schema graphctl sets up before its first load.
//
// Nodes
//   (:Actor {id, name, kind, state, role}) for every actor, plus a label by kind:
//     :State (ISO 3166-1 alpha-3 id, e.g. USA), :Official (id person:<slug>),
//     :Organisation (acronym, e.g. NATO), :Other. Analyses run with --write add
//     bloc, <metric> and <metric>_rank (e.g. pagerank, pagerank_rank).
//   (:Nobody {id: '(nobody)'}) stands in for a missing source or target.
//   (:Load {path, format, read, added, skipped, seconds, loaded_at}) records each load.
// Relationships
//   (:Official)-[:REPRESENTS {role}]->(:Actor) ties an official to the state it serves.
//   Each event is a relationship from its source to its target, named for its CAMEO root:
//     01 MAKE_STATEMENT
//     02 APPEAL
//     03 EXPRESS_INTENT
//     04 MEET
//     05 DIPLOMATIC_COOPERATION
//     06 MATERIAL_COOPERATION
//     07 PROVIDE_AID
//     08 YIELD
//     09 INVESTIGATE
//     10 DEMAND
//     11 ACCUSE
//     12 REJECT
//     13 THREATEN
//     14 PROTEST
//     15 FORCE_POSTURE
//     16 SANCTION
//     17 COERCE
//     18 ASSAULT
//     19 FIGHT
//     20 MASS_VIOLENCE
//   a signed relation without a code (e.g. Correlates of War) is ALLY or OPPOSE by its sign,
//   anything else EVENT. An event relationship carries every event field (id, date, source,
//   target, source_state, ..., code, quad, goldstein, text, doc, lang, sign, weight, window),
//   nulls left out, plus polarity (+1 cooperation, -1 conflict, 0 neither) and extra (JSON
//   of fields outside the event record).
//
// Every event type has a unique id (relationship uniqueness constraints: Neo4j 5.7 or later),
// so a load run twice, or again after a crash, stores each event once.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT other_id IF NOT EXISTS FOR (n:Other) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT nobody_id IF NOT EXISTS FOR (n:Nobody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT make_statement_id IF NOT EXISTS FOR ()-[r:MAKE_STATEMENT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT appeal_id IF NOT EXISTS FOR ()-[r:APPEAL]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT express_intent_id IF NOT EXISTS FOR ()-[r:EXPRESS_INTENT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT meet_id IF NOT EXISTS FOR ()-[r:MEET]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT diplomatic_cooperation_id IF NOT EXISTS FOR ()-[r:DIPLOMATIC_COOPERATION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT material_cooperation_id IF NOT EXISTS FOR ()-[r:MATERIAL_COOPERATION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT provide_aid_id IF NOT EXISTS FOR ()-[r:PROVIDE_AID]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT yield_id IF NOT EXISTS FOR ()-[r:YIELD]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT investigate_id IF NOT EXISTS FOR ()-[r:INVESTIGATE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT demand_id IF NOT EXISTS FOR ()-[r:DEMAND]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT accuse_id IF NOT EXISTS FOR ()-[r:ACCUSE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reject_id IF NOT EXISTS FOR ()-[r:REJECT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT threaten_id IF NOT EXISTS FOR ()-[r:THREATEN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT protest_id IF NOT EXISTS FOR ()-[r:PROTEST]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT force_posture_id IF NOT EXISTS FOR ()-[r:FORCE_POSTURE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT sanction_id IF NOT EXISTS FOR ()-[r:SANCTION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT coerce_id IF NOT EXISTS FOR ()-[r:COERCE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT assault_id IF NOT EXISTS FOR ()-[r:ASSAULT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fight_id IF NOT EXISTS FOR ()-[r:FIGHT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mass_violence_id IF NOT EXISTS FOR ()-[r:MASS_VIOLENCE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT ally_id IF NOT EXISTS FOR ()-[r:ALLY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT oppose_id IF NOT EXISTS FOR ()-[r:OPPOSE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR ()-[r:EVENT]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX load_path IF NOT EXISTS FOR (n:Load) ON (n.path);
MERGE (:Nobody {id: '(nobody)'});
