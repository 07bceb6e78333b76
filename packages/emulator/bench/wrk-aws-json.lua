-- wrk script: AWS JSON 1.1 POSTs to "/" with a well-formed SigV4 Authorization header (region us-east-1).
-- BENCH_PLAN is a file of lines "Target<TAB>JSON body"; each request takes the next line, round robin.
local lines = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    local target, body = line:match("^([^\t]+)\t(.*)$")
    if target then
      lines[#lines + 1] = { target = target, body = body }
    end
  end
end

request = function()
  i = (i % #lines) + 1
  local l = lines[i]
  return wrk.format("POST", "/", {
    ["Content-Type"] = "application/x-amz-json-1.1",
    ["X-Amz-Target"] = "BaldrApiService." .. l.target,
    ["X-Amz-Date"] = "20261122T000000Z",
    ["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/cloudhsm/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0000000000000000000000000000000000000000000000000000000000000000",
  }, l.body)
end
