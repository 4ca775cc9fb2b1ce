# El panel Menciones, sus dos caras, sus formularios, fuentes y reglas de escucha.
