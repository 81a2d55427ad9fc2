// Load graphctl's CSV export into Neo4j, the same graph `graphctl load --neo4j` builds.
// Params: file (string, default file:///events.csv)
//
// 1. graphctl export --format csv -o events.csv   (any store, any filters)
// 2. Put events.csv in the server's import folder (.neo4j/import/ for scripts/neo4j.sh).
// 3. Run schema.cypher once, then this script. In Neo4j Browser: `:param file => 'file:///events.csv'`
//    and prefix the statement with `:auto` (it commits every 5,000 rows).
// Safe to run again: an event whose id is stored already is left as it is.
LOAD CSV WITH HEADERS FROM $file AS row
CALL {
  WITH row
  WITH {
      id: CASE row.id WHEN '' THEN null ELSE row.id END,
      date: CASE row.date WHEN '' THEN null ELSE row.date END,
      source: CASE row.source WHEN '' THEN null ELSE row.source END,
      target: CASE row.target WHEN '' THEN null ELSE row.target END,
      source_state: CASE row.source_state WHEN '' THEN null ELSE row.source_state END,
      target_state: CASE row.target_state WHEN '' THEN null ELSE row.target_state END,
      source_name: CASE row.source_name WHEN '' THEN null ELSE row.source_name END,
      target_name: CASE row.target_name WHEN '' THEN null ELSE row.target_name END,
      source_kind: CASE row.source_kind WHEN '' THEN null ELSE row.source_kind END,
      target_kind: CASE row.target_kind WHEN '' THEN null ELSE row.target_kind END,
      code: CASE row.code WHEN '' THEN null ELSE row.code END,
      quad: toInteger(row.quad),
      goldstein: toFloat(row.goldstein),
      text: CASE row.text WHEN '' THEN null ELSE row.text END,
      doc: CASE row.doc WHEN '' THEN null ELSE row.doc END,
      lang: CASE row.lang WHEN '' THEN null ELSE row.lang END,
      sign: toFloat(row.sign),
      weight: toFloat(row.weight),
      window: CASE row.window WHEN '' THEN null ELSE row.window END,
      date_precision: CASE row.date_precision WHEN '' THEN null ELSE row.date_precision END,
      source_role: CASE row.source_role WHEN '' THEN null ELSE row.source_role END,
      target_role: CASE row.target_role WHEN '' THEN null ELSE row.target_role END
    } AS props
  WITH props,
    CASE substring(coalesce(props.code, ''), 0, 2)
      WHEN '01' THEN 'MAKE_STATEMENT'
      WHEN '02' THEN 'APPEAL'
      WHEN '03' THEN 'EXPRESS_INTENT'
      WHEN '04' THEN 'MEET'
      WHEN '05' THEN 'DIPLOMATIC_COOPERATION'
      WHEN '06' THEN 'MATERIAL_COOPERATION'
      WHEN '07' THEN 'PROVIDE_AID'
      WHEN '08' THEN 'YIELD'
      WHEN '09' THEN 'INVESTIGATE'
      WHEN '10' THEN 'DEMAND'
      WHEN '11' THEN 'ACCUSE'
      WHEN '12' THEN 'REJECT'
      WHEN '13' THEN 'THREATEN'
      WHEN '14' THEN 'PROTEST'
      WHEN '15' THEN 'FORCE_POSTURE'
      WHEN '16' THEN 'SANCTION'
      WHEN '17' THEN 'COERCE'
      WHEN '18' THEN 'ASSAULT'
      WHEN '19' THEN 'FIGHT'
      WHEN '20' THEN 'MASS_VIOLENCE'
      ELSE CASE WHEN props.sign > 0 THEN 'ALLY' WHEN props.sign < 0 THEN 'OPPOSE' ELSE 'EVENT' END
    END AS type,
    CASE
      WHEN props.sign IS NOT NULL THEN toInteger(sign(props.sign))
      WHEN props.quad IS NOT NULL THEN CASE WHEN props.quad <= 2 THEN 1 ELSE -1 END
      WHEN props.goldstein IS NOT NULL THEN toInteger(sign(props.goldstein))
      ELSE 0
    END AS polarity
  WITH props {.*, polarity: polarity} AS props, type
  FOREACH (_ IN CASE WHEN props.source IS NOT NULL THEN [1] ELSE [] END |
    MERGE (a:Actor {id: props.source})
    SET a.name = coalesce(a.name, props.source_name), a.kind = coalesce(a.kind, props.source_kind),
        a.state = coalesce(a.state, props.source_state), a.role = coalesce(a.role, props.source_role)
    FOREACH (_ IN CASE props.source_kind WHEN 'state' THEN [1] ELSE [] END | SET a:State)
    FOREACH (_ IN CASE props.source_kind WHEN 'official' THEN [1] ELSE [] END | SET a:Official)
    FOREACH (_ IN CASE props.source_kind WHEN 'organisation' THEN [1] ELSE [] END | SET a:Organisation)
    FOREACH (_ IN CASE props.source_kind WHEN 'other' THEN [1] ELSE [] END | SET a:Other)
    FOREACH (_ IN CASE WHEN props.source_state IS NOT NULL AND props.source_state <> props.source THEN [1] ELSE [] END |
      MERGE (home:Actor {id: props.source_state})
      FOREACH (_ IN CASE props.source_kind WHEN 'official' THEN [1] ELSE [] END |
        MERGE (a)-[tie:REPRESENTS]->(home) SET tie.role = coalesce(tie.role, props.source_role))))
  FOREACH (_ IN CASE WHEN props.target IS NOT NULL THEN [1] ELSE [] END |
    MERGE (a:Actor {id: props.target})
    SET a.name = coalesce(a.name, props.target_name), a.kind = coalesce(a.kind, props.target_kind),
        a.state = coalesce(a.state, props.target_state), a.role = coalesce(a.role, props.target_role)
    FOREACH (_ IN CASE props.target_kind WHEN 'state' THEN [1] ELSE [] END | SET a:State)
    FOREACH (_ IN CASE props.target_kind WHEN 'official' THEN [1] ELSE [] END | SET a:Official)
    FOREACH (_ IN CASE props.target_kind WHEN 'organisation' THEN [1] ELSE [] END | SET a:Organisation)
    FOREACH (_ IN CASE props.target_kind WHEN 'other' THEN [1] ELSE [] END | SET a:Other)
    FOREACH (_ IN CASE WHEN props.target_state IS NOT NULL AND props.target_state <> props.target THEN [1] ELSE [] END |
      MERGE (home:Actor {id: props.target_state})
      FOREACH (_ IN CASE props.target_kind WHEN 'official' THEN [1] ELSE [] END |
        MERGE (a)-[tie:REPRESENTS]->(home) SET tie.role = coalesce(tie.role, props.target_role))))
  MERGE (nobody:Nobody {id: '(nobody)'})
  WITH props, type, nobody
  OPTIONAL MATCH (source:Actor {id: props.source})
  OPTIONAL MATCH (target:Actor {id: props.target})
  WITH props, type, coalesce(source, nobody) AS s, coalesce(target, nobody) AS t
  FOREACH (_ IN CASE WHEN type = 'MAKE_STATEMENT' THEN [1] ELSE [] END |
    MERGE (s)-[r:MAKE_STATEMENT {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'APPEAL' THEN [1] ELSE [] END |
    MERGE (s)-[r:APPEAL {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'EXPRESS_INTENT' THEN [1] ELSE [] END |
    MERGE (s)-[r:EXPRESS_INTENT {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'MEET' THEN [1] ELSE [] END |
    MERGE (s)-[r:MEET {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'DIPLOMATIC_COOPERATION' THEN [1] ELSE [] END |
    MERGE (s)-[r:DIPLOMATIC_COOPERATION {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'MATERIAL_COOPERATION' THEN [1] ELSE [] END |
    MERGE (s)-[r:MATERIAL_COOPERATION {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'PROVIDE_AID' THEN [1] ELSE [] END |
    MERGE (s)-[r:PROVIDE_AID {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'YIELD' THEN [1] ELSE [] END |
    MERGE (s)-[r:YIELD {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'INVESTIGATE' THEN [1] ELSE [] END |
    MERGE (s)-[r:INVESTIGATE {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'DEMAND' THEN [1] ELSE [] END |
    MERGE (s)-[r:DEMAND {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'ACCUSE' THEN [1] ELSE [] END |
    MERGE (s)-[r:ACCUSE {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'REJECT' THEN [1] ELSE [] END |
    MERGE (s)-[r:REJECT {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'THREATEN' THEN [1] ELSE [] END |
    MERGE (s)-[r:THREATEN {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'PROTEST' THEN [1] ELSE [] END |
    MERGE (s)-[r:PROTEST {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'FORCE_POSTURE' THEN [1] ELSE [] END |
    MERGE (s)-[r:FORCE_POSTURE {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'SANCTION' THEN [1] ELSE [] END |
    MERGE (s)-[r:SANCTION {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'COERCE' THEN [1] ELSE [] END |
    MERGE (s)-[r:COERCE {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'ASSAULT' THEN [1] ELSE [] END |
    MERGE (s)-[r:ASSAULT {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'FIGHT' THEN [1] ELSE [] END |
    MERGE (s)-[r:FIGHT {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'MASS_VIOLENCE' THEN [1] ELSE [] END |
    MERGE (s)-[r:MASS_VIOLENCE {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'ALLY' THEN [1] ELSE [] END |
    MERGE (s)-[r:ALLY {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'OPPOSE' THEN [1] ELSE [] END |
    MERGE (s)-[r:OPPOSE {id: props.id}]->(t) ON CREATE SET r += props)
  FOREACH (_ IN CASE WHEN type = 'EVENT' THEN [1] ELSE [] END |
    MERGE (s)-[r:EVENT {id: props.id}]->(t) ON CREATE SET r += props)
} IN TRANSACTIONS OF 5000 ROWS;
