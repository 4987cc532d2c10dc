package cryptosquare

func Encode(pt string) string {
	panic("Please implement the Encode function")
}
