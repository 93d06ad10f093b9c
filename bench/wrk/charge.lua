-- POST /transactions: one CHARGE of one call per request, for the app of a random seeded developer
-- (BENCH_APPS: one app id per line), or always the hot developer's app (BENCH_HOT_APP).
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local common = require("common")
local walk = common.walk()
local apps, path, headers

function init(args)
  local hot = os.getenv("BENCH_HOT_APP")
  apps = (hot and #hot > 0) and { hot } or common.lines(os.getenv("BENCH_APPS"))
  path = "/v1/mint/organizations/" .. os.getenv("BENCH_ORG") .. "/transactions"
  headers = common.headers()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  local app = walk.pick(apps)
  return wrk.format("POST", path, headers,
    '{"application": {"id": "' .. app .. '"}, "product": {"id": "bench-product"}, "batchSize": 1}')
end

response = walk.response
done = common.done
