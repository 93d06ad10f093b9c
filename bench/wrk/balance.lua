-- GET .../developers/{email}/developer-balances of a random seeded developer (BENCH_DEVELOPERS: one
-- email per line), or of one developer (BENCH_ONE_DEVELOPER); with BENCH_STATEMENT set, the monthly
-- statement (prepaid-developer-balance?billingMonth=...&billingYear=...) instead.
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local common = require("common")
local walk = common.walk()
local developers, prefix, suffix, headers

function init(args)
  local one = os.getenv("BENCH_ONE_DEVELOPER")
  developers = (one and #one > 0) and { one } or common.lines(os.getenv("BENCH_DEVELOPERS"))
  prefix = "/v1/mint/organizations/" .. os.getenv("BENCH_ORG") .. "/developers/"
  local statement = os.getenv("BENCH_STATEMENT")
  if statement and #statement > 0 then
    suffix = "/prepaid-developer-balance?" .. statement
  else
    suffix = "/developer-balances"
  end
  headers = common.headers()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  return wrk.format("GET", prefix .. walk.pick(developers) .. suffix, headers)
end

response = walk.response
done = common.done
