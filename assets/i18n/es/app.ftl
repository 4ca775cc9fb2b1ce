# El marco de los paneles: pestañas, línea de estado, ayuda, bienvenida, confirmaciones, deshacer, crisis, pantallas de importación y de recogida, los nombres de las órdenes del mapa de teclas.
