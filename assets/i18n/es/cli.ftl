# Las subórdenes: su salida, sus errores y su --help.
