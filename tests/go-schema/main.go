// A draft-07 validator we do not control, gojsonschema, on the schema target's draft-07 export with the
// shipped formats.go (copied beside this file as ./formats by tests/schemaTools.test.ts).
//
//	goschema vectors <claw-proto.draft-07.schema.json> <vectors-dir>  stdin [{"file","type"}] -> stdout [bool]
//	goschema formats                                                  stdin [[name, text]]   -> stdout [bool]
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"clawcodegen.test/goschema/formats"
	"github.com/xeipuuv/gojsonschema"
)

var checks = map[string]func(string) bool{"uuid": formats.UUID, "date-time": formats.DateTime}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "goschema:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	dec := json.NewDecoder(os.Stdin)
	var out []bool
	switch {
	case len(args) == 1 && args[0] == "formats":
		var items [][2]string
		if err := dec.Decode(&items); err != nil {
			return err
		}
		for _, it := range items {
			check, ok := checks[it[0]]
			if !ok {
				return fmt.Errorf("unknown format %q", it[0])
			}
			out = append(out, check(it[1]))
		}
	case len(args) == 3 && args[0] == "vectors":
		for name, check := range checks {
			gojsonschema.FormatCheckers.Add(name, formats.Checker(check))
		}
		text, err := os.ReadFile(args[1])
		if err != nil {
			return err
		}
		var items []struct{ File, Type string }
		if err := dec.Decode(&items); err != nil {
			return err
		}
		compiled := map[string]*gojsonschema.Schema{}
		for _, it := range items {
			schema, ok := compiled[it.Type]
			if !ok {
				var root map[string]interface{}
				if err := json.Unmarshal(text, &root); err != nil {
					return err
				}
				// Draft-07: a $ref beside other keywords replaces them, and definitions stay reachable.
				root["$ref"] = "#/definitions/" + it.Type
				if schema, err = gojsonschema.NewSchema(gojsonschema.NewGoLoader(root)); err != nil {
					return fmt.Errorf("%s: %w", it.Type, err)
				}
				compiled[it.Type] = schema
			}
			doc, err := os.ReadFile(filepath.Join(args[2], it.File))
			if err != nil {
				return err
			}
			result, err := schema.Validate(gojsonschema.NewBytesLoader(doc))
			out = append(out, err == nil && result.Valid()) // err: not JSON
		}
	default:
		return fmt.Errorf("usage: goschema vectors <schema> <vectors-dir> | goschema formats")
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}
