-- POST .../developers/{email}/developer-balances: a reload of 1 USD for a random seeded developer,
-- each with a new Idempotency-Key (the claim, the reload and the stored response per request).
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local common = require("common")
local developers, prefix, headers, run
local counter = 0
local body = '{"amount": 1, "supportedCurrency": {"id": "usd"}}'

function init(args)
  developers = common.lines(os.getenv("BENCH_DEVELOPERS"))
  prefix = "/v1/mint/organizations/" .. os.getenv("BENCH_ORG") .. "/developers/"
  headers = common.headers()
  run = os.getenv("BENCH_RUN_ID") .. "-" .. tostring({}):sub(8)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  counter = counter + 1
  headers["Idempotency-Key"] = run .. "-" .. counter
  return wrk.format("POST", prefix .. developers[math.random(#developers)] .. "/developer-balances", headers, body)
end

done = common.done
