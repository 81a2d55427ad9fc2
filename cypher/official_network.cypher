// An official's network: the state they represent and everyone they dealt with.
// Per counterpart: events, how many cooperative and conflictual, first and last date.
// To draw it in Neo4j Browser: MATCH p = (o:Official {id: $official})-[]-() RETURN p
// Params: official (string)
// Neo4j Browser: :param official => 'person:kim-jong-un'
MATCH (o:Official {id: $official})
OPTIONAL MATCH (o)-[:REPRESENTS]->(home:Actor)
WITH o, collect(home.id) AS represents
MATCH (o)-[r]-(other:Actor)
WHERE r.id IS NOT NULL
RETURN o.id AS official, represents, other.id AS counterpart,
       coalesce(other.name, other.id) AS name, count(r) AS events,
       sum(CASE WHEN r.polarity > 0 THEN 1 ELSE 0 END) AS cooperative,
       sum(CASE WHEN r.polarity < 0 THEN 1 ELSE 0 END) AS conflictual,
       min(r.date) AS first, max(r.date) AS last
ORDER BY events DESC, counterpart
