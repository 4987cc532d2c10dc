package octal

func ParseOctal(input string, expectedNum int64, expectErr bool) {
	panic("Please implement the ParseOctal function")
}
