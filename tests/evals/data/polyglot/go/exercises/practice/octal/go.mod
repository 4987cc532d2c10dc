module octal

go 1.18
