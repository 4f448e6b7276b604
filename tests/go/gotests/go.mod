module clawcodegen.test/gotests

go 1.22

require claw-proto v0.0.0

replace claw-proto => ../../../generated/go
