# El panel Calendario, sus dos caras, sus formularios y mensajes.
