// The header the app's own server (scripts/server.mjs) puts on every request: the address of the TCP peer, which no
// client can set (the server overwrites whatever came in). Plain JS so the server, which Node loads untranspiled,
// and lib/ share one name.
export const PEER_HEADER = "x-storefront-peer";
