-- wrk script: AWS JSON 1.1 POSTs to "/" with the given SigV4 Authorization header.
-- Arguments: a plan file of lines "X-Amz-Target<TAB>JSON body" (each request takes the next line, round robin),
-- then the Authorization header value.
local lines = {}
local i = 0
local authorization

function init(args)
  authorization = args[2]
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
    ["X-Amz-Target"] = l.target,
    ["X-Amz-Date"] = "20261122T000000Z",
    ["Authorization"] = authorization,
  }, l.body)
end
