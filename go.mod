module github.com/finanztext/finanztext

go 1.25.0

require (
	github.com/shopspring/decimal v1.6.0
	github.com/stretchr/testify v1.11.1
	golang.org/x/text v0.40.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
