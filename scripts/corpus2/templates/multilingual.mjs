// Templates in Spanish and other languages, PHI and benign. Names come from the language's own pools (slots.mjs).

const CLINICS = ['hospital', 'clinic', 'fqhc', 'pharmacy', 'public-health', 'pediatrics', 'urgent-care', 'womens-health', 'dental'];

export default [
  {
    kind: 'spanish', count: 115, lang: 'es', senders: ['hospital', 'clinic', 'pharmacy', 'lab', 'fqhc', 'womens-health', 'pediatrics', 'home-health'],
    specs: [
      '<<Hola|Buenos días|Estimada/o>> {p.first}, sus resultados de {labname} <<están listos|salieron>>: {lab:x}. Llame al {cb}.',
      '{p.hon}, su receta de {med} está lista en {orgs}.',
      'Recordatorio: {p.full} tiene cita para {proc_es} el {appt} a las {time}.',
      '{p.hon}, su fecha de nacimiento es {dob}? Responda SÍ o NO.',
      'Su hijo/a {k.first} tiene {cond_es}. <<Le mandamos|Enviamos>> {med} a la farmacia.',
      '{p.first} fue internado/a con {cond_es}, está en el cuarto {n}12.',
      '{p.hon}, su cuenta {acct} tiene un saldo de {price}. Pague en {web}.',
      'Enfermera: {p.full}, {vital}. Vamos a llamar al doctor.',
      'Mamá, a {p.lower} le diagnosticaron {cond_es} 😢',
      'Nueva dirección para {p.full}: {addrfull}.',
      '{p.full}, número de miembro {member}, su {proc_es} fue aprobado.',
      'Farmacia {orgs}: {med:mh} para {p.first} listo para recoger.',
      '{p.hon}, su tarjeta {card} fue rechazada.',
      '{p.full} ({age:es} años) necesita visita en casa en {addr}.',
      'Su resultado de {labname} está listo, {p.first}. Por privacidad llame al {cb}.',
      '{p.hon}, le recordamos su {proc_es} el {appt}. Traiga a un acompañante.',
      'Hola {p.lower}, soy la enfermera de {orgs}. ¿Cómo sigue con su {cond_es}?',
      'Su hijo/a {k.first} necesita {proc_es} antes del {appt}.',
      '{p.full} fue dado/a de alta. Siga tomando {med} y {med:b}.',
      'Ambulancia en camino a {addrfull}: {p.hon}, {age:es} años, {acute}.',
      'Urgente: {p.LASTFIRST}, {vital}. Avisar al Dr. de guardia.',
      'Sra./Sr. {p.last}: su pago con tarjeta {card} fue recibido. Cuenta {acct}.',
      'Para verificar su identidad: fecha de nacimiento {dob}, últimos 4 del Seguro Social {ssn4}.',
      'Su número de Medicare {mbi} está activo, {p.first}.',
      'Correo registrado: {p.email}. Responda NUEVO para cambiarlo.',
      'Enlace para su consulta virtual: {url}',
    ],
  },
  {
    kind: 'spanish', count: 150, lang: 'es', benign: true, senders: CLINICS,
    specs: [
      'Su cita es el {appt} a las {time}. Para cambiarla llame al {cb}.',
      '{orgs}: <<vacunas contra la gripe|pruebas de presión arterial|exámenes de vista>> gratis <<este sábado|el {appt}>>. No necesita cita.',
      'Su código de verificación es {otp}. <<No lo comparta.|Vence en 10 minutos.>>',
      'Su pedido {order} está listo para recoger en {orgs}.',
      '{doc} está retrasado {n}0 minutos. Gracias por su paciencia.',
      'Estamos en {orgaddr}. Horario: lunes a viernes de 8 a 5.',
      '{orgs} estará cerrado el {appt}. Para emergencias llame al 911.',
      'Recordatorio: traiga su tarjeta de seguro y una identificación con foto a su cita del {appt}.',
      'Alerta de calor: tome agua y revise a sus vecinos mayores.',
      '¿Cómo fue su visita? Responda del 1 al 5. - {orgs}',
      '{orgs}: su cita del {appt} a las {time} está confirmada. Responda C para confirmar.',
      'Recordatorio: ayuno de 8 horas antes de sus análisis del {appt}. Puede tomar agua.',
      'Feria de salud el {appt}: pruebas gratis de azúcar y presión, actividades para niños.',
      'Octubre es el mes de la prevención del cáncer de mama. Pregunte por su mamografía.',
      'Su receta está lista para recoger en {orgs}. Horario: 9am a 9pm.',
      '{orgs} tiene nuevo horario: lunes a sábado de 8 a 6.',
      'Clases de parto gratis los jueves a las 6pm. Inscríbase al {cb}.',
      'Aviso de humo por incendios: personas con asma deben quedarse adentro.',
      'Vacunas para regreso a clases: sin costo para niños con Medicaid. Llame al {cb}.',
      'Su pago de {price} fue recibido. ¡Gracias!',
    ],
  },
  {
    kind: 'vietnamese', senders: ['pharmacy', 'clinic', 'fqhc', 'hospital'], count: 18, lang: 'vi',
    specs: [
      'Nhắc lịch hẹn: {appt} lúc {time}. Gọi {cb} để đổi lịch.',
      '{p.full}: kết quả {lab}. Vui lòng gọi {cb}.',
      'Thuốc {med} của {p.first} đã sẵn sàng tại {orgs}.',
      'Mã xác minh của bạn là {otp}.',
    ],
  },
  {
    kind: 'tagalog', senders: ['pharmacy', 'clinic', 'fqhc', 'hospital'], count: 18, lang: 'tl',
    specs: [
      'Paalala: ang inyong appointment ay sa {appt}, {time}. Tumawag sa {cb}.',
      '{p.first}, handa na ang inyong {med} sa {orgs}.',
      'Si {p.full} ay na-admit, {cond}. Room {n}08.',
      'Ang inyong verification code ay {otp}.',
    ],
  },
  {
    kind: 'chinese', senders: ['pharmacy', 'clinic', 'fqhc', 'hospital'], count: 12, lang: 'zh',
    specs: [
      '您的预约在{appt} {time}。如需更改请致电{cb}。',
      '{p.full}，您的{med}已可取药。',
      '验证码：{otp}。',
    ],
  },
  {
    kind: 'haitian-creole', senders: ['pharmacy', 'clinic', 'fqhc', 'hospital'], count: 14, lang: 'ht',
    specs: [
      'Randevou ou se {appt} a {time}. Rele {cb} si ou bezwen chanje.',
      '{p.first}, renmèd {med} ou pare nan {orgs}.',
      '{p.full}, rezilta {lab}. Rele {cb}.',
    ],
  },
  {
    kind: 'portuguese', senders: ['pharmacy', 'clinic', 'fqhc', 'hospital'], count: 12, lang: 'pt',
    specs: [
      'Sua consulta é {appt} às {time}. Para remarcar ligue {cb}.',
      '{p.first}, sua receita de {med} está pronta.',
      'Código de verificação: {otp}.',
    ],
  },
  {
    kind: 'vietnamese', count: 14, lang: 'vi', benign: true, senders: CLINICS,
    specs: [
      '{orgs}: tiêm phòng cúm miễn phí {appt}. Không cần hẹn trước.',
      'Phòng khám đóng cửa {appt}. Trường hợp khẩn cấp gọi 911.',
      'Cảm ơn quý vị đã đến {orgs}. Vui lòng đánh giá từ 1 đến 5.',
      'Đơn hàng {order} đã sẵn sàng để nhận.',
    ],
  },
  {
    kind: 'tagalog', count: 14, lang: 'tl', benign: true, senders: CLINICS,
    specs: [
      'Libreng flu shot sa {orgs} sa {appt}. Walang appointment na kailangan.',
      'Sarado ang {orgs} sa {appt}. Para sa emergency, tumawag sa 911.',
      'Handa na ang inyong order {order} para kunin.',
      'Salamat sa pagbisita sa {orgs}! Paki-rate kami mula 1 hanggang 5.',
    ],
  },
  {
    kind: 'chinese', count: 10, lang: 'zh', benign: true, senders: CLINICS,
    specs: [
      '{orgs}：{appt}免费流感疫苗，无需预约。',
      '{orgs}将于{appt}休息。紧急情况请拨打911。',
      '您的订单{order}已可取货。',
    ],
  },
  {
    kind: 'haitian-creole', count: 10, lang: 'ht', benign: true, senders: CLINICS,
    specs: [
      '{orgs} ap fèmen {appt}. Pou ijans rele 911.',
      'Kòmand ou {order} pare pou w vin chèche l.',
      'Mèsi paske w te vizite {orgs}. Bay nòt 1 a 5.',
    ],
  },
  {
    kind: 'korean', count: 8, lang: 'ko', benign: true, senders: CLINICS,
    specs: [
      '{orgs}: {appt} 무료 독감 예방접종. 예약 필요 없음.',
      '인증번호는 {otp}입니다.',
      '{orgs}은(는) {appt} 휴무입니다.',
    ],
  },
  {
    kind: 'arabizi', count: 8, lang: 'ar', benign: true, senders: CLINICS,
    specs: [
      'marhaba, el 3iyade msakkra {appt}. lal toware2 7ke 911',
      'el code taba3ak {otp}, ma tshare ma3 7ada',
      'tal2ab {order} jehez, fik tmorr takhdo',
    ],
  },
  {
    kind: 'somali', count: 6, lang: 'so', benign: true, senders: CLINICS,
    specs: [
      '{orgs} waa xiran tahay {appt}. Xaalad degdeg ah wac 911.',
      'Tallaalka hargabka waa bilaash {appt}, ballan looma baahna.',
    ],
  },
];
