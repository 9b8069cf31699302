-- wrk script: POSTs the file named by $BODY with Content-Type $TYPE; counts non-2xx answers as errors.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("TYPE") or "application/json"

local bad = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if bad == 1 then io.stderr:write("first bad answer: " .. status .. " " .. string.sub(body, 1, 300) .. "\n") end
  end
end
