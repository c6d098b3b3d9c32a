story { id = "inc", title = "Included", start = "part" }
include "part.lua"
