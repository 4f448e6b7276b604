module claw-proto

go 1.22
