// Parse Server as ../shared/bench/parse-anchor/server.js starts it, on the database and port the anchor script passes.
const express = require('express');
const { ParseServer } = require('parse-server');
const { PARSE_DB, PARSE_PORT } = process.env;
(async () => {
  const api = new ParseServer({
    databaseURI: PARSE_DB, appId: 'vetcrm', masterKey: 'masterkey', serverURL: `http://127.0.0.1:${PARSE_PORT}/parse`,
    allowClientClassCreation: true, enableInsecureAuthAdapters: false,
  });
  await api.start();
  const app = express(); app.use('/parse', api.app);
  app.listen(Number(PARSE_PORT), '127.0.0.1', () => console.log('parse up'));
})();
