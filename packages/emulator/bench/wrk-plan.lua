-- wrk script: the requests of a plan file in turn (round robin), each with the given SigV4 Authorization header, for
-- either wire protocol (awsJson1_1: POST / with X-Amz-Target; restJson1: method and URI per operation).
-- Arguments: the plan file, of lines "METHOD<TAB>PATH<TAB>BODY" (BODY may be empty) followed by any number of
-- "<TAB>Header-Name: value"; the Authorization header value; and optionally a reply member and its first value: then
-- each reply's value of that member (e.g. the CopyJobId of a StartCopyJob) replaces "{captured}" in the paths that
-- follow, so that a DescribeCopyJob asks for the job the last StartCopyJob made.
-- At the end it prints one line, "PLAN-SUMMARY " and JSON, for runs to be pooled (harness.mjs): the requests, the
-- run's length in µs, the errors by kind, and the latency (µs) at every tenth of a percentile and at 99.91–100.
local lines = {}
local i = 0
local authorization
local captured

function init(args)
  authorization = args[2]
  for line in io.lines(args[1]) do
    local fields = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do
      fields[#fields + 1] = field
    end
    if #fields >= 3 then
      local headers = {}
      for k = 4, #fields do
        local name, value = fields[k]:match("^([^:]+):%s*(.*)$")
        headers[name] = value
      end
      lines[#lines + 1] = { method = fields[1], path = fields[2], body = fields[3] ~= "" and fields[3] or nil, headers = headers }
    end
  end
  if args[3] then
    local pattern = '"' .. args[3] .. '"%s*:%s*"([^"]+)"'
    captured = args[4]
    -- Defined only when asked for: once `response` exists, wrk hands every reply's body to Lua.
    response = function(status, headers, body)
      local value = body:match(pattern)
      if value then
        captured = value
      end
    end
  end
end

request = function()
  i = (i % #lines) + 1
  local l = lines[i]
  local headers = { ["X-Amz-Date"] = "20261122T000000Z", ["Authorization"] = authorization }
  for name, value in pairs(l.headers) do
    headers[name] = value
  end
  local path = captured and l.path:gsub("{captured}", captured) or l.path
  return wrk.format(l.method, path, headers, l.body)
end

local function percentiles()
  local ps = {}
  for k = 1, 999 do
    ps[#ps + 1] = k / 10
  end
  for k = 1, 10 do
    ps[#ps + 1] = 99.9 + k / 100
  end
  return ps
end

function done(summary, latency, requests)
  local q = {}
  for _, p in ipairs(percentiles()) do
    q[#q + 1] = string.format("[%g,%d]", p, latency:percentile(p))
  end
  local e = summary.errors
  io.write(string.format(
    'PLAN-SUMMARY {"requests":%d,"durationUs":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"latencyUs":[%s]}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, table.concat(q, ",")))
end
