// Runs part of the seed flow with graphql-request: variables, a mutation, the queue with nested pets, and a typed error.
// Usage: VETCRM_URL=http://… VETCRM_TOKEN=… SPECIALIST_ID=… node seed-flow.mjs  → prints one JSON object.
import { GraphQLClient, ClientError, gql } from 'graphql-request';
import { getIntrospectionQuery, buildClientSchema, parse, validate } from 'graphql';

const client = new GraphQLClient(new URL('/graphql', process.env.VETCRM_URL).toString(), {
  headers: { authorization: `Bearer ${process.env.VETCRM_TOKEN}` },
});

const createPet = gql`mutation CreatePet($input: CreatePetInput!) { createPet(input: $input) { id petName } }`;
const createReferral = gql`mutation CreateReferral($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;
const queue = gql`query Queue($cursor: String) { triageQueue(limit: 200, cursor: $cursor) { items { id pet { petName } } nextCursor } }`;

// graphql-js validates our documents against the schema the server introspects.
const schema = buildClientSchema(await client.request(getIntrospectionQuery()));
const invalid = [createPet, createReferral, queue].flatMap(document => validate(schema, parse(document)).map(e => e.message));

const { createPet: pet } = await client.request(createPet, { input: {
  petName: 'Client Check', species: 'feline', medicalHistorySummary: 'Hyperthyroid.', ownerName: 'Ana Ruiz', ownerPhone: '+1 555 0100',
  assignedSpecialist: process.env.SPECIALIST_ID } });
const { createReferral: referral } = await client.request(createReferral, { input: {
  pet: pet.id, referringClinic: 'Harbour Vets', referralReason: 'Nodule.', priority: 'emergency' } });
let cursor = null, queued = null;
do {
  const { triageQueue } = await client.request(queue, { cursor });
  queued = triageQueue.items.find(r => r.id === referral.id) ?? null;
  cursor = triageQueue.nextCursor;
} while (!queued && cursor);

let errorCode = null;
try {
  await client.request(gql`mutation { updatePet(id: "${pet.id}", input: { version: 1 }) { id } }`);
} catch (error) {
  if (!(error instanceof ClientError)) throw error;
  errorCode = error.response.errors?.[0]?.extensions?.code ?? null;
}
console.log(JSON.stringify({ invalid, pet, referral, queuedPetName: queued?.pet?.petName ?? null, errorCode }));
